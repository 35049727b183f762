stub: upstream file of 5325 bytes
