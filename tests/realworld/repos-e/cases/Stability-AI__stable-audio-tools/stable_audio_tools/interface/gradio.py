stub: upstream file of 13865 bytes
