stub: upstream file of 9715 bytes
