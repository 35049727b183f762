stub: upstream file of 3142 bytes
