stub: upstream file of 13695 bytes
