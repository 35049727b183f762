stub: upstream file of 19703 bytes
