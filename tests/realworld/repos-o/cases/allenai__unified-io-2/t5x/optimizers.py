stub: upstream file of 29082 bytes
