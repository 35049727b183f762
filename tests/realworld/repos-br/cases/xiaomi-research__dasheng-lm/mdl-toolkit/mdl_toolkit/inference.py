stub: upstream file of 2892 bytes
