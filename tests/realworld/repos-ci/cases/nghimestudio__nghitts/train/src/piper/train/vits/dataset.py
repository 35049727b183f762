stub: upstream file of 20781 bytes
