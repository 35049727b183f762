stub: upstream file of 28750 bytes
