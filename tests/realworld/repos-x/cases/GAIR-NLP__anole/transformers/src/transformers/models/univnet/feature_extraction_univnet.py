stub: upstream file of 22821 bytes
