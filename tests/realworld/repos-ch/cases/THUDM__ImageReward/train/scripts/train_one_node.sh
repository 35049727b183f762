stub: upstream file of 715 bytes
