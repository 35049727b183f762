stub: upstream file of 18127 bytes
