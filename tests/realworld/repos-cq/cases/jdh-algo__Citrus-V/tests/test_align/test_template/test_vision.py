stub: upstream file of 29513 bytes
