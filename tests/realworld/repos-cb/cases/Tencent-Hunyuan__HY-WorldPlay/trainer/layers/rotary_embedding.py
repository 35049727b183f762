stub: upstream file of 17510 bytes
