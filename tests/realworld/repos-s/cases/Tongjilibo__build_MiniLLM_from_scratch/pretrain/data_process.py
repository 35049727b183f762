stub: upstream file of 10705 bytes
