stub: upstream file of 7186 bytes
