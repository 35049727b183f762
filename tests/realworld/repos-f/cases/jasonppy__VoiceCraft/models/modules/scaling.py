stub: upstream file of 49807 bytes
