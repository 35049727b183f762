stub: upstream file of 42011 bytes
