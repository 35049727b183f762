stub: upstream file of 91288 bytes
