stub: upstream file of 21924 bytes
