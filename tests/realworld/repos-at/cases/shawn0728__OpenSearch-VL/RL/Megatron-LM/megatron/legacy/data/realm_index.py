stub: upstream file of 8401 bytes
