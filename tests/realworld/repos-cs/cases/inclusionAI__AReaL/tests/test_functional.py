stub: upstream file of 45380 bytes
