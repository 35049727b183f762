stub: upstream file of 16559 bytes
