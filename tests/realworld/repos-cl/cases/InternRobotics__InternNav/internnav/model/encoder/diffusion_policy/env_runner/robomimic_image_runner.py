stub: upstream file of 14016 bytes
