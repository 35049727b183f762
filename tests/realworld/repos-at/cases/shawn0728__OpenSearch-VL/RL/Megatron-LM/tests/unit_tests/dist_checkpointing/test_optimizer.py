stub: upstream file of 31355 bytes
