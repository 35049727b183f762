stub: upstream file of 20223 bytes
