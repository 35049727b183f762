stub: upstream file of 70616 bytes
