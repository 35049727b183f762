stub: upstream file of 28033 bytes
