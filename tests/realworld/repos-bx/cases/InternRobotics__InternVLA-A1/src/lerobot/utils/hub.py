stub: upstream file of 9032 bytes
