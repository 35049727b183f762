stub: upstream file of 62355 bytes
