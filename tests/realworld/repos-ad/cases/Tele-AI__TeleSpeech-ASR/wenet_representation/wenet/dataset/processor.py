stub: upstream file of 24288 bytes
