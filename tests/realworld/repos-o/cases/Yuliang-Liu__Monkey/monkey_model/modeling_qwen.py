stub: upstream file of 52468 bytes
