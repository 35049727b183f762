stub: upstream file of 84214 bytes
