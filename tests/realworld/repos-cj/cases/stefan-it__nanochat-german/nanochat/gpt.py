stub: upstream file of 14760 bytes
