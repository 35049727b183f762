stub: upstream file of 8765 bytes
