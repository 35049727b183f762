stub: upstream file of 15308 bytes
