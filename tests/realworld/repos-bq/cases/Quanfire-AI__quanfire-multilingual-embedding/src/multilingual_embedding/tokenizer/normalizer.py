stub: upstream file of 12893 bytes
