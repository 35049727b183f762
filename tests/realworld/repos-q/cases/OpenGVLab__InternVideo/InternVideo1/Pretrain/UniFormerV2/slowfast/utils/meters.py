stub: upstream file of 26726 bytes
