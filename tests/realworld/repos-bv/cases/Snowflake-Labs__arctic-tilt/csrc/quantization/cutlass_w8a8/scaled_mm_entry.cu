stub: upstream file of 11935 bytes
