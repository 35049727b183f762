stub: upstream file of 10813 bytes
