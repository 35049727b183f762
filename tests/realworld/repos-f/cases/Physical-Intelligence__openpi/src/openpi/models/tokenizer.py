stub: upstream file of 17517 bytes
