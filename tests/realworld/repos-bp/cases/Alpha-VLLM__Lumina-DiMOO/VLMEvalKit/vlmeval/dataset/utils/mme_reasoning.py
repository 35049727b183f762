stub: upstream file of 57058 bytes
