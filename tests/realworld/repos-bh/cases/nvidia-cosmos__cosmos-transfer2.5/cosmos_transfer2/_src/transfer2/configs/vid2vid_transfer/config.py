stub: upstream file of 4848 bytes
