stub: upstream file of 18837 bytes
