stub: upstream file of 20760 bytes
