stub: upstream file of 37408 bytes
