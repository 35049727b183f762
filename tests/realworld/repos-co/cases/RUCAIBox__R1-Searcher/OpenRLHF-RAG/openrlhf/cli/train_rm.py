stub: upstream file of 10912 bytes
