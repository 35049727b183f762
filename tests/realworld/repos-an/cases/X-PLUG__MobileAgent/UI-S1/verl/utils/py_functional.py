stub: upstream file of 10863 bytes
