stub: upstream file of 21787 bytes
