stub: upstream file of 8512 bytes
