stub: upstream file of 6827 bytes
