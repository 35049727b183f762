stub: upstream file of 84320 bytes
