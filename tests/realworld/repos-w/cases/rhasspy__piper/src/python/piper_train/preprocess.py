stub: upstream file of 16213 bytes
