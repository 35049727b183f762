stub: upstream file of 22288 bytes
