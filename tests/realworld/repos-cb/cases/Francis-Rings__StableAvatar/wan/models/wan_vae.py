stub: upstream file of 25863 bytes
