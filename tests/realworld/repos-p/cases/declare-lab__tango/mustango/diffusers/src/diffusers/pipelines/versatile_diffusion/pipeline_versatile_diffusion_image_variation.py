stub: upstream file of 21337 bytes
