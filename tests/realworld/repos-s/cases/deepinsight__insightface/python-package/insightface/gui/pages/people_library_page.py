stub: upstream file of 14988 bytes
