stub: upstream file of 19425 bytes
