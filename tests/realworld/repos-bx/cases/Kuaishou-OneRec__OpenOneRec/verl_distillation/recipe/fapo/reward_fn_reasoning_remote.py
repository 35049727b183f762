stub: upstream file of 4457 bytes
