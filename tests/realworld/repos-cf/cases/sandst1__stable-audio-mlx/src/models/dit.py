stub: upstream file of 17097 bytes
