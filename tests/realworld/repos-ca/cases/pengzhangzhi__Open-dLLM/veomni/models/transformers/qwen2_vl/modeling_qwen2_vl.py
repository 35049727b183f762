stub: upstream file of 106521 bytes
