stub: upstream file of 1358040 bytes
