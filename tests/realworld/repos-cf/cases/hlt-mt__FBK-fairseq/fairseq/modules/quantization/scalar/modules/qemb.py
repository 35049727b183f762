stub: upstream file of 4986 bytes
