stub: upstream file of 17245 bytes
