stub: upstream file of 1111437 bytes
