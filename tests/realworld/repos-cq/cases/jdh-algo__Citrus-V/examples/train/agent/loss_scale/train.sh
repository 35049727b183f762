stub: upstream file of 827 bytes
