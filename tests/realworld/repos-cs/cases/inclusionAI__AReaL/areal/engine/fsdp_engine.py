stub: upstream file of 85102 bytes
