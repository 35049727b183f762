stub: upstream file of 11665 bytes
