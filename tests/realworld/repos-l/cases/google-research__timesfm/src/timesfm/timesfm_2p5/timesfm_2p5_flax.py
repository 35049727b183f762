stub: upstream file of 19700 bytes
