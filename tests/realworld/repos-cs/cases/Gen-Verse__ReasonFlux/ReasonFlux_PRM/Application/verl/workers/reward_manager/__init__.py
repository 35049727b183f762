stub: upstream file of 1053 bytes
