stub: upstream file of 13128 bytes
