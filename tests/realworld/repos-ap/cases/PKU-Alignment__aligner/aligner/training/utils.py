stub: upstream file of 9743 bytes
