stub: upstream file of 12252 bytes
