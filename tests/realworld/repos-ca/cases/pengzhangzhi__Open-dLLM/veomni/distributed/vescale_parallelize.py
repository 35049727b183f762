stub: upstream file of 5430 bytes
