stub: upstream file of 38749 bytes
