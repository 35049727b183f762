stub: upstream file of 27865 bytes
