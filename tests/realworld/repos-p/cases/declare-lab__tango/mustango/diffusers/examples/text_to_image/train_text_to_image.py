stub: upstream file of 32448 bytes
