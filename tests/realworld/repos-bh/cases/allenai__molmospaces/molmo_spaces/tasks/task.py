stub: upstream file of 23412 bytes
