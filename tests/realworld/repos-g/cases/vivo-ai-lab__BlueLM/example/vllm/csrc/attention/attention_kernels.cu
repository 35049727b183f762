stub: upstream file of 39347 bytes
