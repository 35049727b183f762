stub: upstream file of 110144 bytes
