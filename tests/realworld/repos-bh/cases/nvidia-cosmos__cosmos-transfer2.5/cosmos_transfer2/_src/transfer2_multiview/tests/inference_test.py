stub: upstream file of 10140 bytes
