stub: upstream file of 19046 bytes
