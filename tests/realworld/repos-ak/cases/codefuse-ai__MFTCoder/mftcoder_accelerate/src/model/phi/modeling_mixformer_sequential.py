stub: upstream file of 29512 bytes
