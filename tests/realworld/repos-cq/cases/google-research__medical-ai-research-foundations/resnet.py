stub: upstream file of 29430 bytes
