stub: upstream file of 61033 bytes
