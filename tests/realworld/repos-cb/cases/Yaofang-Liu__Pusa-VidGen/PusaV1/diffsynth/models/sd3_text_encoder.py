stub: upstream file of 110544 bytes
