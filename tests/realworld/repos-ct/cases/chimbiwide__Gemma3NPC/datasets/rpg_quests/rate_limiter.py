stub: upstream file of 591 bytes
