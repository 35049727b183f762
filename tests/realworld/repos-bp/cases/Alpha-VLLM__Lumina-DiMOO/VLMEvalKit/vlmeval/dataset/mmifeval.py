stub: upstream file of 18407 bytes
