stub: upstream file of 18542 bytes
