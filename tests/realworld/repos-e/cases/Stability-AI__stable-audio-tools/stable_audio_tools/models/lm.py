stub: upstream file of 21513 bytes
