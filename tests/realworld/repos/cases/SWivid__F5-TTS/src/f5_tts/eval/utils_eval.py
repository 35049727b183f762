stub: upstream file of 14289 bytes
