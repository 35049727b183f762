stub: upstream file of 33715 bytes
