stub: upstream file of 15044 bytes
