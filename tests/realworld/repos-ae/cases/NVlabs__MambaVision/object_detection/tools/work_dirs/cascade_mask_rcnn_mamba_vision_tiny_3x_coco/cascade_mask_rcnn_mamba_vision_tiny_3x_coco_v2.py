stub: upstream file of 24002 bytes
