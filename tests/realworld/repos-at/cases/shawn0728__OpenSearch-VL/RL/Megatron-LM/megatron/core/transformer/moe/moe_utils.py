stub: upstream file of 40824 bytes
