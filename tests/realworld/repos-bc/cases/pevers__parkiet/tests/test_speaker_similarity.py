stub: upstream file of 29602 bytes
