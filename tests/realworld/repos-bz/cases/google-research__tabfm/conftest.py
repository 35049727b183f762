stub: upstream file of 2060 bytes
