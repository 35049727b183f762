stub: upstream file of 43777 bytes
