stub: upstream file of 16858 bytes
