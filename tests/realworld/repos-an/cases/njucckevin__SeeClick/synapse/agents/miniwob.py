stub: upstream file of 20786 bytes
