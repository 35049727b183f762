stub: upstream file of 33337 bytes
