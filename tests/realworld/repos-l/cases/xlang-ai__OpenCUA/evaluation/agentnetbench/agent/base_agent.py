stub: upstream file of 20149 bytes
