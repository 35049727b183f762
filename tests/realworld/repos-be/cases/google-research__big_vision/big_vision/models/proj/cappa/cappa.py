stub: upstream file of 14921 bytes
