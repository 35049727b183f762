stub: upstream file of 18486 bytes
