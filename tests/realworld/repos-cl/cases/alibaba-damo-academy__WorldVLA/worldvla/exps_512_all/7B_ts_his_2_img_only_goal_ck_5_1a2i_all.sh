stub: upstream file of 1337 bytes
