stub: upstream file of 15078 bytes
