stub: upstream file of 39122 bytes
