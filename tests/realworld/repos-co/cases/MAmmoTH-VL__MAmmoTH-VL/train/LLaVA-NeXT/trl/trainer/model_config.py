stub: upstream file of 2895 bytes
