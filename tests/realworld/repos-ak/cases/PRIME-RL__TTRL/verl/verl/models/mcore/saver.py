stub: upstream file of 19914 bytes
