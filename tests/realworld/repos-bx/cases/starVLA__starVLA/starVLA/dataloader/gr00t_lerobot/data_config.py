stub: upstream file of 35209 bytes
