stub: upstream file of 1725 bytes
