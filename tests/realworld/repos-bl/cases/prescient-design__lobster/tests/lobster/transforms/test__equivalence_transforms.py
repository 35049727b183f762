stub: upstream file of 35190 bytes
