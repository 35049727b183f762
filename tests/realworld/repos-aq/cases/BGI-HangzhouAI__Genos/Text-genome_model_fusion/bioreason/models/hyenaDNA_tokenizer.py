stub: upstream file of 11567 bytes
