stub: upstream file of 22617 bytes
