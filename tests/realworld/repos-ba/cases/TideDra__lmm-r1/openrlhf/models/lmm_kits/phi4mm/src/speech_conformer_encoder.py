stub: upstream file of 110858 bytes
