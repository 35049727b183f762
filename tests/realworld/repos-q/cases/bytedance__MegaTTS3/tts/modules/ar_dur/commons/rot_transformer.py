stub: upstream file of 27953 bytes
