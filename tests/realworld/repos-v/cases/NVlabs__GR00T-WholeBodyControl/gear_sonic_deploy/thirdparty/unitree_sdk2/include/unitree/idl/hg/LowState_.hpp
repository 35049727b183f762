stub: upstream file of 34906 bytes
