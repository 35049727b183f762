stub: upstream file of 35715 bytes
