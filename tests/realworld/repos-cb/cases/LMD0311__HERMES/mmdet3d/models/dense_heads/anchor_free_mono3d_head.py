stub: upstream file of 21487 bytes
