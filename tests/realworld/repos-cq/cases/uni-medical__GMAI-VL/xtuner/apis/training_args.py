stub: upstream file of 2166 bytes
