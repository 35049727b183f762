stub: upstream file of 13487 bytes
