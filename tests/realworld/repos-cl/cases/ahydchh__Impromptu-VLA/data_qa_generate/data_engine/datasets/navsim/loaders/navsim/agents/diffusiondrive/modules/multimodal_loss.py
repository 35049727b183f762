stub: upstream file of 6793 bytes
