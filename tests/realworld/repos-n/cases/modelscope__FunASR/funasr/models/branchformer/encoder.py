stub: upstream file of 21762 bytes
