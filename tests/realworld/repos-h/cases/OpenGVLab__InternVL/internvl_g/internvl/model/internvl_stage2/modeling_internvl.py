stub: upstream file of 29071 bytes
