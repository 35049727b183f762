stub: upstream file of 4139 bytes
