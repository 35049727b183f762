stub: upstream file of 4749 bytes
