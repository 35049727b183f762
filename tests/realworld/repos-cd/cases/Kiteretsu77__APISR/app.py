stub: upstream file of 5914 bytes
