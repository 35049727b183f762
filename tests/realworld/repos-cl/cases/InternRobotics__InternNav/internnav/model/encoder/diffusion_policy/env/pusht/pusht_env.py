stub: upstream file of 13554 bytes
