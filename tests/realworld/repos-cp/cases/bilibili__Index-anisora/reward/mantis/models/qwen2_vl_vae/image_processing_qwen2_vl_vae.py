stub: upstream file of 24891 bytes
