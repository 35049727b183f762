stub: upstream file of 10933 bytes
