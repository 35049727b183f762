stub: upstream file of 14339 bytes
