stub: upstream file of 6099 bytes
