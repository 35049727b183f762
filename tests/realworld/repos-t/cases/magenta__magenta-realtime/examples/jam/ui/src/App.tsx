stub: upstream file of 46619 bytes
