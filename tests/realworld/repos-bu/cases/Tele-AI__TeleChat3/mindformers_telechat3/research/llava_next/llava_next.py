stub: upstream file of 23855 bytes
