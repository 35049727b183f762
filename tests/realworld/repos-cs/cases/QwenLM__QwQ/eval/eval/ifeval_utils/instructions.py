stub: upstream file of 53162 bytes
