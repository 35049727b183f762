stub: upstream file of 26980 bytes
