stub: upstream file of 924 bytes
