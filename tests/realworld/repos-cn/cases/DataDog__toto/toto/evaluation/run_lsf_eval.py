stub: upstream file of 6709 bytes
