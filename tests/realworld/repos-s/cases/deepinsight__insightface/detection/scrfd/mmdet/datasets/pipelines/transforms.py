stub: upstream file of 80945 bytes
