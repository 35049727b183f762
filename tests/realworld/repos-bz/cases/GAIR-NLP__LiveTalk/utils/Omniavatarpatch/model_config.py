stub: upstream file of 41588 bytes
