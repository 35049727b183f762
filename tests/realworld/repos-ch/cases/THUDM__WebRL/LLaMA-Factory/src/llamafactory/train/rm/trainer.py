stub: upstream file of 5110 bytes
