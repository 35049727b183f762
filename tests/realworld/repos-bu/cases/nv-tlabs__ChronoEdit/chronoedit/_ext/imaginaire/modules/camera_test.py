stub: upstream file of 14786 bytes
