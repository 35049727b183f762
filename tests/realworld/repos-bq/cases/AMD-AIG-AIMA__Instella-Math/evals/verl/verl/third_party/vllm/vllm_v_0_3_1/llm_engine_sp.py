stub: upstream file of 35525 bytes
