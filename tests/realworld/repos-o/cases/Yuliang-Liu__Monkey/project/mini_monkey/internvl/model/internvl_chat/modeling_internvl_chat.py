stub: upstream file of 18084 bytes
