stub: upstream file of 10867 bytes
