stub: upstream file of 2969 bytes
