stub: upstream file of 14686 bytes
