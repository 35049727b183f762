stub: upstream file of 45011 bytes
