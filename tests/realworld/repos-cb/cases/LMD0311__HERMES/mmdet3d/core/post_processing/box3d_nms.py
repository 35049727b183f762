stub: upstream file of 8007 bytes
