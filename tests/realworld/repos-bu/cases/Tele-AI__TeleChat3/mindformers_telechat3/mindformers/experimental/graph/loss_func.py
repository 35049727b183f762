stub: upstream file of 13735 bytes
