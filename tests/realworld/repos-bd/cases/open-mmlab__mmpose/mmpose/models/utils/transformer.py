stub: upstream file of 32492 bytes
