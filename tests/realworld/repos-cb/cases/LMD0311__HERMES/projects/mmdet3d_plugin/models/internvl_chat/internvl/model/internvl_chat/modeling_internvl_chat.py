stub: upstream file of 22865 bytes
