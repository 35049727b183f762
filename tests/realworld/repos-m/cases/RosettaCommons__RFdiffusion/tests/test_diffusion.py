stub: upstream file of 14878 bytes
