stub: upstream file of 38621 bytes
