stub: upstream file of 27516 bytes
