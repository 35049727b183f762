stub: upstream file of 24430 bytes
