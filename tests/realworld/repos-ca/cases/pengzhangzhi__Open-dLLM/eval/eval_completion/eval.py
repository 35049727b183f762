stub: upstream file of 11972 bytes
