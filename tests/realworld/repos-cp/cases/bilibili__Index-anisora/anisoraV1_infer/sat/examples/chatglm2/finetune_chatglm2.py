stub: upstream file of 6713 bytes
