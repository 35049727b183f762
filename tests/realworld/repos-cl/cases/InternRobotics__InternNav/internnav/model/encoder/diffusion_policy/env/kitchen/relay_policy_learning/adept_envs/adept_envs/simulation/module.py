stub: upstream file of 3574 bytes
