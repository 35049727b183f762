stub: upstream file of 22763 bytes
