stub: upstream file of 12225 bytes
