stub: upstream file of 84172 bytes
