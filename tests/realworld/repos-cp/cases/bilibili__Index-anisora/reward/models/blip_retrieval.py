stub: upstream file of 13759 bytes
