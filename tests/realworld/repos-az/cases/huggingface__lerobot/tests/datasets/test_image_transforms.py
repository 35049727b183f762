stub: upstream file of 22515 bytes
