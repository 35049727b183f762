stub: upstream file of 4827 bytes
