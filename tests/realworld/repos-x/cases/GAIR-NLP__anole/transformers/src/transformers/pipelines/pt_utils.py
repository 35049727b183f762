stub: upstream file of 12768 bytes
