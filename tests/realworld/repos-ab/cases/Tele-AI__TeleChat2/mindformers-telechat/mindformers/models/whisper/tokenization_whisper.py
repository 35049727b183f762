stub: upstream file of 54867 bytes
