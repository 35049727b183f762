stub: upstream file of 5642 bytes
