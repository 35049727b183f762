stub: upstream file of 12189 bytes
