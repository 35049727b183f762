stub: upstream file of 9626 bytes
