stub: upstream file of 25288 bytes
