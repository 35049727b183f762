stub: upstream file of 32083 bytes
