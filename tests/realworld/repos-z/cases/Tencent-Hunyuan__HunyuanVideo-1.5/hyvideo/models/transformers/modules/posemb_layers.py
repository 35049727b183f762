stub: upstream file of 14084 bytes
