stub: upstream file of 19440 bytes
