stub: upstream file of 10007 bytes
