stub: upstream file of 11856 bytes
