stub: upstream file of 23129 bytes
