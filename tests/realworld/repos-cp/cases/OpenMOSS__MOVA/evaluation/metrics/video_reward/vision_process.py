stub: upstream file of 14142 bytes
