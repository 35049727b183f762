stub: upstream file of 3649 bytes
