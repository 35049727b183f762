stub: upstream file of 10787 bytes
