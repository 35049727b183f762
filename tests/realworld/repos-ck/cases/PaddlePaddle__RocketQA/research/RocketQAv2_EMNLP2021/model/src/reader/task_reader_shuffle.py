stub: upstream file of 17374 bytes
