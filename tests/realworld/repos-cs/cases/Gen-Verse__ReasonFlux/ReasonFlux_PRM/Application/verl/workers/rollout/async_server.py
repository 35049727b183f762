stub: upstream file of 8916 bytes
