stub: upstream file of 14895 bytes
