stub: upstream file of 2666 bytes
