stub: upstream file of 4308 bytes
