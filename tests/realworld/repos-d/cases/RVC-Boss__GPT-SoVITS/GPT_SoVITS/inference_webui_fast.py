stub: upstream file of 21007 bytes
