stub: upstream file of 5571 bytes
