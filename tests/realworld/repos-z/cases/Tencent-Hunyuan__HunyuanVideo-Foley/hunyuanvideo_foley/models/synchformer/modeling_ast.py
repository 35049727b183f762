stub: upstream file of 28389 bytes
