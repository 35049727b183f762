stub: upstream file of 49591 bytes
