stub: upstream file of 13677 bytes
