stub: upstream file of 107273 bytes
