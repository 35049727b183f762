stub: upstream file of 15965 bytes
