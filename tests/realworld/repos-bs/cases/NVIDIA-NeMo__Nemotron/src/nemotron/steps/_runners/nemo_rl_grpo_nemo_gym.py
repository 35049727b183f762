stub: upstream file of 31242 bytes
