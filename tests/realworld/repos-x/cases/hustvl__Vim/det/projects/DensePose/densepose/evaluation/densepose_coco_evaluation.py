stub: upstream file of 56789 bytes
