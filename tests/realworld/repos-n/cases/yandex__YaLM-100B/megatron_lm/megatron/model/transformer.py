stub: upstream file of 41321 bytes
