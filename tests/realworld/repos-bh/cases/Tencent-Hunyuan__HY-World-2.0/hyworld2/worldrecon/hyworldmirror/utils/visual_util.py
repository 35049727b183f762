stub: upstream file of 24084 bytes
