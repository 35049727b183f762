stub: upstream file of 13264 bytes
