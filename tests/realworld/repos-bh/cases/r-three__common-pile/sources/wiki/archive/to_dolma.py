stub: upstream file of 12974 bytes
