stub: upstream file of 6505 bytes
