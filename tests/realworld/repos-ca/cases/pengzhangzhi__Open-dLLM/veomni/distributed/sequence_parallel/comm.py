stub: upstream file of 12097 bytes
