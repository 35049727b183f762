stub: upstream file of 19770 bytes
