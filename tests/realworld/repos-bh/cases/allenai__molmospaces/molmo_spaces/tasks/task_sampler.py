stub: upstream file of 46858 bytes
