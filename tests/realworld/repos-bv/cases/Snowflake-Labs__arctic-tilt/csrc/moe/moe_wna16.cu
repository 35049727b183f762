stub: upstream file of 14232 bytes
