stub: upstream file of 7814 bytes
