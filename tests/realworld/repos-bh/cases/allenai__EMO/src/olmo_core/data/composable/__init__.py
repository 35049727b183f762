stub: upstream file of 26177 bytes
