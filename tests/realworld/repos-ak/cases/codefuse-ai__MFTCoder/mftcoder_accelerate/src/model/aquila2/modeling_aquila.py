stub: upstream file of 52125 bytes
