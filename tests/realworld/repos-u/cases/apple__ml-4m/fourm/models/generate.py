stub: upstream file of 65802 bytes
