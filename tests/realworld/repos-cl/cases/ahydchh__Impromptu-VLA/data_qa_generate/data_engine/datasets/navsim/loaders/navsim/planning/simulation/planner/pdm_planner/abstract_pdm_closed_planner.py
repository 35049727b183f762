stub: upstream file of 6761 bytes
