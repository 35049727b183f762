stub: upstream file of 22128 bytes
