stub: upstream file of 17705 bytes
