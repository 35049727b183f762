stub: upstream file of 15853 bytes
