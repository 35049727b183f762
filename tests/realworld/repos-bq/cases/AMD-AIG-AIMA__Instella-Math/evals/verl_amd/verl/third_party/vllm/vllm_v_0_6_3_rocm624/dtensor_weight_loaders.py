stub: upstream file of 20080 bytes
