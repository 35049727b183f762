stub: upstream file of 26755 bytes
