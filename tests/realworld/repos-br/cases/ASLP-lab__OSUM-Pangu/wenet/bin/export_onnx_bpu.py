stub: upstream file of 44060 bytes
