stub: upstream file of 8969 bytes
