stub: upstream file of 71203 bytes
