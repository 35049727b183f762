stub: upstream file of 13715 bytes
