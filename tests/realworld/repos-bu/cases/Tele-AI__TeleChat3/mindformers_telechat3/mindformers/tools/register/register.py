stub: upstream file of 14129 bytes
