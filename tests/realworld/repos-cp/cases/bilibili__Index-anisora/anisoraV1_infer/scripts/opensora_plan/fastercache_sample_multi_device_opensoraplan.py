stub: upstream file of 42122 bytes
