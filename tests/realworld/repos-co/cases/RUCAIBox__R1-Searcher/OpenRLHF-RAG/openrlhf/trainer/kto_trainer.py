stub: upstream file of 14710 bytes
