stub: upstream file of 55615 bytes
