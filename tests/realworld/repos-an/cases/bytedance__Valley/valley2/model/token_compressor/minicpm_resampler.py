stub: upstream file of 37424 bytes
