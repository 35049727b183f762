stub: upstream file of 31052 bytes
