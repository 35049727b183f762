stub: upstream file of 27576 bytes
