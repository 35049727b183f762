stub: upstream file of 3430 bytes
