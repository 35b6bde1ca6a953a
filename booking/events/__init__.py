"""Hall events: requests that hold the hall, approval, equipment, expiry of undecided holds."""
