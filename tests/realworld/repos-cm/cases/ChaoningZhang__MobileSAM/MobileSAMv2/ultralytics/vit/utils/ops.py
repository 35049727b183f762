stub: upstream file of 13004 bytes
