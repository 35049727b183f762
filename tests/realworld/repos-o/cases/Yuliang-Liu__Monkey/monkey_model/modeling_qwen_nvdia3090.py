stub: upstream file of 48555 bytes
