stub: upstream file of 16745 bytes
