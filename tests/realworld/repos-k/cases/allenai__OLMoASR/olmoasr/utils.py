stub: upstream file of 31069 bytes
