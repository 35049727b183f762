stub: upstream file of 18132 bytes
