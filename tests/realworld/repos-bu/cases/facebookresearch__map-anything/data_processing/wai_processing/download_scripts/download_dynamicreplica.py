stub: upstream file of 10827 bytes
