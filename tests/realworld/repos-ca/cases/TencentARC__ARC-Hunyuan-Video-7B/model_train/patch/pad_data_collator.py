stub: upstream file of 7616 bytes
