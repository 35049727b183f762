stub: upstream file of 13641 bytes
