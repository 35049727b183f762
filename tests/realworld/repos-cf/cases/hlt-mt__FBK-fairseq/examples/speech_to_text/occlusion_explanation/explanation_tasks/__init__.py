stub: upstream file of 5036 bytes
