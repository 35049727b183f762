stub: upstream file of 17415 bytes
