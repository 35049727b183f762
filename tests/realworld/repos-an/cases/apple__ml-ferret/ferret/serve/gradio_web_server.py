stub: upstream file of 33573 bytes
