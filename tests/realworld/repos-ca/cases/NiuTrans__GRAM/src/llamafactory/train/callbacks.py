stub: upstream file of 16209 bytes
