stub: upstream file of 28604 bytes
