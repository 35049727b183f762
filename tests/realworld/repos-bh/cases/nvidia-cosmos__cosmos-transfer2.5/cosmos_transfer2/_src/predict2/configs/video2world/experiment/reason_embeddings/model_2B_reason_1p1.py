stub: upstream file of 22203 bytes
