stub: upstream file of 16978 bytes
