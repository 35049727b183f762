stub: upstream file of 14808 bytes
