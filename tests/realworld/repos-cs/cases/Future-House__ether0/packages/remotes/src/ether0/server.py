stub: upstream file of 11130 bytes
