stub: upstream file of 11827 bytes
