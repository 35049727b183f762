stub: upstream file of 36468 bytes
