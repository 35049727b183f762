stub: upstream file of 8710 bytes
