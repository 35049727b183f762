stub: upstream file of 14938 bytes
