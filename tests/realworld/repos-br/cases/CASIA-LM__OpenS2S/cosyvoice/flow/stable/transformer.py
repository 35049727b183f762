stub: upstream file of 26682 bytes
