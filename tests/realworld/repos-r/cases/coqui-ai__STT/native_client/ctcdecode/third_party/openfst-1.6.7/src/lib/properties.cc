stub: upstream file of 17568 bytes
