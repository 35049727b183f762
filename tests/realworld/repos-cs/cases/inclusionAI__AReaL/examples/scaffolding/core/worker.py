stub: upstream file of 6193 bytes
