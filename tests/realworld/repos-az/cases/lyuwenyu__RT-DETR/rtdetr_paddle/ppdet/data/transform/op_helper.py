stub: upstream file of 17228 bytes
