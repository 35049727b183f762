stub: upstream file of 11715 bytes
