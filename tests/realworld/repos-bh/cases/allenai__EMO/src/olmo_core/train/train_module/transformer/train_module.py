stub: upstream file of 27862 bytes
