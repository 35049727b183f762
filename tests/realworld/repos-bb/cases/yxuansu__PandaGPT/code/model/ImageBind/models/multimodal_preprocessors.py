stub: upstream file of 23088 bytes
