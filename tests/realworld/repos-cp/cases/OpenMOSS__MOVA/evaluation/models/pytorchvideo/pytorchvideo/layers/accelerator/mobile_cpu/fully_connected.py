stub: upstream file of 787 bytes
