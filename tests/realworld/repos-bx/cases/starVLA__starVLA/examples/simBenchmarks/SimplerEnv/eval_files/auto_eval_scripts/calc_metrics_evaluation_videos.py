stub: upstream file of 49939 bytes
