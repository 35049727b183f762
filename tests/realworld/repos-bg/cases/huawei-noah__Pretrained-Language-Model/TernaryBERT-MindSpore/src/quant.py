stub: upstream file of 7430 bytes
