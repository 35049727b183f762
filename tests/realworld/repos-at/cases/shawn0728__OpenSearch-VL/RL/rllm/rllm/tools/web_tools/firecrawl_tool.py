stub: upstream file of 5053 bytes
