stub: upstream file of 47104 bytes
