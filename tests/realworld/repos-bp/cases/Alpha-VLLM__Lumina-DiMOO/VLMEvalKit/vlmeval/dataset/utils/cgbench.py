stub: upstream file of 21538 bytes
