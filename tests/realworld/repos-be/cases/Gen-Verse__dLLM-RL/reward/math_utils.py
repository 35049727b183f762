stub: upstream file of 12010 bytes
