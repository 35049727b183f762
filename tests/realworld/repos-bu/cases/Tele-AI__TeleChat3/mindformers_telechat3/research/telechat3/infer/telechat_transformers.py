stub: upstream file of 25743 bytes
