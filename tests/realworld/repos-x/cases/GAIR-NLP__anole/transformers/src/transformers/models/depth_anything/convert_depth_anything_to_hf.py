stub: upstream file of 13709 bytes
