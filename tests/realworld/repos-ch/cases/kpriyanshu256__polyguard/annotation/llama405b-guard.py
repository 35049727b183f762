stub: upstream file of 6567 bytes
