stub: upstream file of 12617 bytes
