stub: upstream file of 12513 bytes
