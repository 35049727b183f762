stub: upstream file of 13171 bytes
