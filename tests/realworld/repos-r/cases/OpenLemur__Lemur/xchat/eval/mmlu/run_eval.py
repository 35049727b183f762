stub: upstream file of 9784 bytes
