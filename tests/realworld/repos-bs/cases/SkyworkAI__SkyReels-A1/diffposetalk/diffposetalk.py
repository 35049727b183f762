stub: upstream file of 10632 bytes
