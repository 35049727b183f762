stub: upstream file of 27374 bytes
