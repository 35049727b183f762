stub: upstream file of 5521 bytes
