stub: upstream file of 13736 bytes
