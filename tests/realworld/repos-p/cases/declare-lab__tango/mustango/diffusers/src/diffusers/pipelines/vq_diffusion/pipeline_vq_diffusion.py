stub: upstream file of 16118 bytes
