stub: upstream file of 839 bytes
