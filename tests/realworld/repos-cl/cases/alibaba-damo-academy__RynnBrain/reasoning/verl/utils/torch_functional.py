stub: upstream file of 30005 bytes
