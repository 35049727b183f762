stub: upstream file of 119848 bytes
