stub: upstream file of 30486 bytes
