stub: upstream file of 7828 bytes
