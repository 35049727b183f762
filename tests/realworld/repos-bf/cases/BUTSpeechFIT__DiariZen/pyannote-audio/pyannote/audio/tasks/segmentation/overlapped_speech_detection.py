stub: upstream file of 8709 bytes
