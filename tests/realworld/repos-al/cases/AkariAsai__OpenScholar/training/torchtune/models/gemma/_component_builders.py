stub: upstream file of 13703 bytes
