stub: upstream file of 371826 bytes
