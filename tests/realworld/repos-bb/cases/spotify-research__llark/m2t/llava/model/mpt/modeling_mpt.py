stub: upstream file of 20588 bytes
