stub: upstream file of 12191 bytes
