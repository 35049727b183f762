stub: upstream file of 10107 bytes
