stub: upstream file of 15168 bytes
