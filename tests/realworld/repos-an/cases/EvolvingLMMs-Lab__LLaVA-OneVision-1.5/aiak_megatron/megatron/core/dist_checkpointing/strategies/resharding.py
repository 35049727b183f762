stub: upstream file of 13234 bytes
