stub: upstream file of 5097 bytes
