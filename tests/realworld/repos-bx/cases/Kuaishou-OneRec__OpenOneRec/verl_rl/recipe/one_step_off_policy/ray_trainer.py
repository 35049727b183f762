stub: upstream file of 28854 bytes
