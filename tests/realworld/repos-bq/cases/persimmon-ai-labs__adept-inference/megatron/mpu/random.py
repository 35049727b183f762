stub: upstream file of 14700 bytes
