stub: upstream file of 18817 bytes
