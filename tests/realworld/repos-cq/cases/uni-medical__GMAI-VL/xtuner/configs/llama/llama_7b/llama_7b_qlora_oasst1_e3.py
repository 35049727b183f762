stub: upstream file of 7060 bytes
