stub: upstream file of 14143 bytes
