stub: upstream file of 25848 bytes
