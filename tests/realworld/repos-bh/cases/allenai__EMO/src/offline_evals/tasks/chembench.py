stub: upstream file of 21895 bytes
