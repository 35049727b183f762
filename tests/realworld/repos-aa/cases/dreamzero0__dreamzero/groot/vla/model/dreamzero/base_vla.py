stub: upstream file of 25843 bytes
