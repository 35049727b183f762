stub: upstream file of 11602 bytes
