stub: upstream file of 64174 bytes
