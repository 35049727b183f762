stub: upstream file of 27605 bytes
