stub: upstream file of 32459 bytes
