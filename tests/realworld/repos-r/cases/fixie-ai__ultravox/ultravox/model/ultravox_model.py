stub: upstream file of 40895 bytes
