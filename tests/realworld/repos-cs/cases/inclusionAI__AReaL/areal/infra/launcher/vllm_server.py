stub: upstream file of 11397 bytes
