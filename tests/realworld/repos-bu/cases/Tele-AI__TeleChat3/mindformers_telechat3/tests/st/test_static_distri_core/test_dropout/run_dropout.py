stub: upstream file of 4939 bytes
