stub: upstream file of 30879 bytes
