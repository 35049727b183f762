stub: upstream file of 19663 bytes
