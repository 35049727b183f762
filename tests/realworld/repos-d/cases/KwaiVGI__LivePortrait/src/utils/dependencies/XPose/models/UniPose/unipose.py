stub: upstream file of 26812 bytes
