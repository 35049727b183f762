stub: upstream file of 8288 bytes
