stub: upstream file of 18478 bytes
