stub: upstream file of 17865 bytes
