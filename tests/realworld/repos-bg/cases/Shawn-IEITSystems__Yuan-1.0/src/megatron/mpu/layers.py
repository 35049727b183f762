stub: upstream file of 16608 bytes
