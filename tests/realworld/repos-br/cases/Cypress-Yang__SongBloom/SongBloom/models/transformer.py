stub: upstream file of 33084 bytes
