stub: upstream file of 9639 bytes
