stub: upstream file of 7895 bytes
