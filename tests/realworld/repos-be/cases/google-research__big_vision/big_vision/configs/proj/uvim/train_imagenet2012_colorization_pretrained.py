stub: upstream file of 5735 bytes
