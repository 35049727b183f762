stub: upstream file of 11895 bytes
