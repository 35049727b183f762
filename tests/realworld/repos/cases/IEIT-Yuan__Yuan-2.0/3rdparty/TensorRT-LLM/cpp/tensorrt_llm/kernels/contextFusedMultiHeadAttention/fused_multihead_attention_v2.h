stub: upstream file of 21502 bytes
