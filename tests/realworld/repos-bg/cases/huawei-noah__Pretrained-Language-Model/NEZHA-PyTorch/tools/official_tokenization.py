stub: upstream file of 14426 bytes
