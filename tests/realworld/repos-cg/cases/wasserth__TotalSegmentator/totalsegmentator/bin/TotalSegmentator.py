stub: upstream file of 16865 bytes
