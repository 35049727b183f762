stub: upstream file of 15210 bytes
