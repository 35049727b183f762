stub: upstream file of 12020 bytes
