stub: upstream file of 14053 bytes
