stub: upstream file of 4072 bytes
