stub: upstream file of 10521 bytes
