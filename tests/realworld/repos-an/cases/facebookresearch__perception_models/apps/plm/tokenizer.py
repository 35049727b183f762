stub: upstream file of 11049 bytes
