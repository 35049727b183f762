stub: upstream file of 18885 bytes
