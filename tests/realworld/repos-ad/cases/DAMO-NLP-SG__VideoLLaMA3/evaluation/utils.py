stub: upstream file of 4521 bytes
