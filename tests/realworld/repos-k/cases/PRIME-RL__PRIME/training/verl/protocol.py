stub: upstream file of 19769 bytes
