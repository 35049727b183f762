stub: upstream file of 21058 bytes
