stub: upstream file of 9813 bytes
