stub: upstream file of 35062 bytes
