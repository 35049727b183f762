stub: upstream file of 8956 bytes
