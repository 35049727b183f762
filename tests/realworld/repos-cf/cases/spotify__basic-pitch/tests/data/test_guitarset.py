stub: upstream file of 3839 bytes
