stub: upstream file of 10477 bytes
