stub: upstream file of 19321 bytes
