stub: upstream file of 15762 bytes
