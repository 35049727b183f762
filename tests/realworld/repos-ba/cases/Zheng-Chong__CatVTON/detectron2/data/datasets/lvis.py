stub: upstream file of 9717 bytes
