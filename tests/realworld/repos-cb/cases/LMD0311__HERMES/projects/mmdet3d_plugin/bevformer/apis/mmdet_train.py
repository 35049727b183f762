stub: upstream file of 7863 bytes
