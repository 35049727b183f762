stub: upstream file of 371036 bytes
