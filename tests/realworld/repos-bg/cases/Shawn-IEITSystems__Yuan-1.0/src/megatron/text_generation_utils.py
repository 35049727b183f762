stub: upstream file of 33654 bytes
