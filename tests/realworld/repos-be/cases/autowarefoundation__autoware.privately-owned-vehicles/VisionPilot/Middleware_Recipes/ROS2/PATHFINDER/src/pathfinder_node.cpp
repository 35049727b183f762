stub: upstream file of 13116 bytes
