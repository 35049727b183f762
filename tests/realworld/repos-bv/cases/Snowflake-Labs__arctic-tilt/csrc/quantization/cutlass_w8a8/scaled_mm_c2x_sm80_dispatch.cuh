stub: upstream file of 5827 bytes
