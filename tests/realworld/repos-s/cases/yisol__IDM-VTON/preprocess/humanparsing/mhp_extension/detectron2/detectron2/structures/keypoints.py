stub: upstream file of 8067 bytes
