stub: upstream file of 20220 bytes
