stub: upstream file of 14539 bytes
