stub: upstream file of 34993 bytes
