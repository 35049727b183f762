stub: upstream file of 23486 bytes
