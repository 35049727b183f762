stub: upstream file of 31136 bytes
