stub: upstream file of 36430 bytes
