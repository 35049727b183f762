stub: upstream file of 7492 bytes
