stub: upstream file of 1181 bytes
