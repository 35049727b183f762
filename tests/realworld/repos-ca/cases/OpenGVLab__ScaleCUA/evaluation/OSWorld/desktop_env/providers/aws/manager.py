stub: upstream file of 9910 bytes
