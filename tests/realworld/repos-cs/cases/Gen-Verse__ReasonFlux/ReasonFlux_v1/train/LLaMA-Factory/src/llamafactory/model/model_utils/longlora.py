stub: upstream file of 16379 bytes
