stub: upstream file of 28639 bytes
