stub: upstream file of 28071 bytes
