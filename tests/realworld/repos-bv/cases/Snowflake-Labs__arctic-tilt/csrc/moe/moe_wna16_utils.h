stub: upstream file of 6664 bytes
