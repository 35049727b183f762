stub: upstream file of 113083 bytes
