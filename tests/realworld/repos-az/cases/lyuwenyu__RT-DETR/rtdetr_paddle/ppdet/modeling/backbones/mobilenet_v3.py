stub: upstream file of 16761 bytes
