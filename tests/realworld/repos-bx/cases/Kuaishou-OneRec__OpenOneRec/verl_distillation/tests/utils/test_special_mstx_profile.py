stub: upstream file of 11696 bytes
