stub: upstream file of 4622 bytes
