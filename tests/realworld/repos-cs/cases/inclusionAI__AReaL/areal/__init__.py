stub: upstream file of 1048 bytes
