stub: upstream file of 29851 bytes
