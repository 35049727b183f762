stub: upstream file of 27573 bytes
