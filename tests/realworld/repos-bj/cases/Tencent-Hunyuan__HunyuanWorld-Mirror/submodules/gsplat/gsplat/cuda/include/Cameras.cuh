stub: upstream file of 51604 bytes
