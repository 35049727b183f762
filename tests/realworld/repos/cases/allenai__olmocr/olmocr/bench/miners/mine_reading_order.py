stub: upstream file of 19736 bytes
