stub: upstream file of 8735 bytes
