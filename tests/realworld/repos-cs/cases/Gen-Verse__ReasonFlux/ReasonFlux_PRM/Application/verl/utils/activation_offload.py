stub: upstream file of 22430 bytes
