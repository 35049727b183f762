stub: upstream file of 11660 bytes
