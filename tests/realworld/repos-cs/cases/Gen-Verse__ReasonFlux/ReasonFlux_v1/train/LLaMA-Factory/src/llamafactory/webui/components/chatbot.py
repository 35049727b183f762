stub: upstream file of 3895 bytes
