stub: upstream file of 3063 bytes
