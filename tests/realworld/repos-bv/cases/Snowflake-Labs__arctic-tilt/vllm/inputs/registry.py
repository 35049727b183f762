stub: upstream file of 16895 bytes
