stub: upstream file of 19337 bytes
