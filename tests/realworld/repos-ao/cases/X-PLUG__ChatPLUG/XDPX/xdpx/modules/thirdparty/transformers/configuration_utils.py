stub: upstream file of 11755 bytes
