stub: upstream file of 34715 bytes
