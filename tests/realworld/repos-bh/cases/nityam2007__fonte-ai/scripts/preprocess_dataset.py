stub: upstream file of 19976 bytes
