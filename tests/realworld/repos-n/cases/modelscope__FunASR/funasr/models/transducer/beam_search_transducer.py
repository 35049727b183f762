stub: upstream file of 22914 bytes
