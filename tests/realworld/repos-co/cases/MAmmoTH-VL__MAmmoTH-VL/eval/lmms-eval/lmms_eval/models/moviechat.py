stub: upstream file of 21604 bytes
