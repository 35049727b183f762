stub: upstream file of 8654 bytes
