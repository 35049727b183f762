stub: upstream file of 521 bytes
