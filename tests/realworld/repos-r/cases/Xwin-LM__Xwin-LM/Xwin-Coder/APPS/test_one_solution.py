stub: upstream file of 9264 bytes
