stub: upstream file of 67843 bytes
