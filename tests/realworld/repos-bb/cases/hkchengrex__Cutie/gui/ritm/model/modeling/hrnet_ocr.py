stub: upstream file of 18168 bytes
