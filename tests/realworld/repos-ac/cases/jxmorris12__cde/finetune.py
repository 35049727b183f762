stub: upstream file of 13350 bytes
