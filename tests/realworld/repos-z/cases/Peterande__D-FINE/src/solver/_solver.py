stub: upstream file of 25446 bytes
