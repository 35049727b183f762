stub: upstream file of 43966 bytes
