stub: upstream file of 9632 bytes
