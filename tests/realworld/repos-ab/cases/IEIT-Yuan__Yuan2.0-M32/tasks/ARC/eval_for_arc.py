stub: upstream file of 37718 bytes
