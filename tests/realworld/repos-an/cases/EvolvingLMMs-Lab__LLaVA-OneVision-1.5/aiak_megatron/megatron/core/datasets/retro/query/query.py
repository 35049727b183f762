stub: upstream file of 14325 bytes
