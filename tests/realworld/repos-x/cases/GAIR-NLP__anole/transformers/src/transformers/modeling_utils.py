stub: upstream file of 247672 bytes
