stub: upstream file of 8505 bytes
