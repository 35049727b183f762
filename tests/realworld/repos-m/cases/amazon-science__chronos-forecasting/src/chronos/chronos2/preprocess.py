stub: upstream file of 27614 bytes
