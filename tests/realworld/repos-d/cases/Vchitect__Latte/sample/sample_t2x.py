stub: upstream file of 9895 bytes
