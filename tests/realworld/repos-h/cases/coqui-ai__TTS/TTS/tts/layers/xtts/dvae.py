stub: upstream file of 14879 bytes
