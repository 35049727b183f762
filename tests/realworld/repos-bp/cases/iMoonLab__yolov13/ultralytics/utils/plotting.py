stub: upstream file of 62987 bytes
