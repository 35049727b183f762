stub: upstream file of 9749 bytes
