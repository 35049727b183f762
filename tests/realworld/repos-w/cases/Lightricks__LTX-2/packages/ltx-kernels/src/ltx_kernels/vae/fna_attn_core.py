stub: upstream file of 25138 bytes
