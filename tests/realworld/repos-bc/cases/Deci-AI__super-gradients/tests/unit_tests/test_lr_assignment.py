stub: upstream file of 7856 bytes
