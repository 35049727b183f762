stub: upstream file of 17727 bytes
