stub: upstream file of 29787 bytes
