stub: upstream file of 88009 bytes
