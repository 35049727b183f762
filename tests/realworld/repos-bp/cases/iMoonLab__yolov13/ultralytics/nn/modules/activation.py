stub: upstream file of 923 bytes
