stub: upstream file of 21899 bytes
