stub: upstream file of 31521 bytes
