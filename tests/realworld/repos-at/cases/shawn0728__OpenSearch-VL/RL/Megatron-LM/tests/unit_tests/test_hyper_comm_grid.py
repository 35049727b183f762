stub: upstream file of 20463 bytes
