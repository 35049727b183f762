stub: upstream file of 16770 bytes
