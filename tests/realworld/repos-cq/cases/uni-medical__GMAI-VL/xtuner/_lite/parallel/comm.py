stub: upstream file of 3938 bytes
