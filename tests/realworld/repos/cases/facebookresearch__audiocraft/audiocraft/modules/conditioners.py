stub: upstream file of 81744 bytes
