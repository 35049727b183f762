stub: upstream file of 23161 bytes
