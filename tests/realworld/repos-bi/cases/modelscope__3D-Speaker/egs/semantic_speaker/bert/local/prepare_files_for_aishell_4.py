stub: upstream file of 13827 bytes
