stub: upstream file of 44186 bytes
