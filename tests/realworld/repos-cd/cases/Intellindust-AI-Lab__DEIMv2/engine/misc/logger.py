stub: upstream file of 7730 bytes
