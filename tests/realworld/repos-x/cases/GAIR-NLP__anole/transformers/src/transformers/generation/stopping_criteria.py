stub: upstream file of 29151 bytes
