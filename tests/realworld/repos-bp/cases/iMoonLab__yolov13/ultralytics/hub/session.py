stub: upstream file of 16439 bytes
