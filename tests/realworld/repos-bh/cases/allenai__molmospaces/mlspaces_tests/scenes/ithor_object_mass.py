stub: upstream file of 8563 bytes
