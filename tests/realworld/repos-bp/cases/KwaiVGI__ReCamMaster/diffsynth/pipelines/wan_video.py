stub: upstream file of 16001 bytes
