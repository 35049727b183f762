stub: upstream file of 6149 bytes
