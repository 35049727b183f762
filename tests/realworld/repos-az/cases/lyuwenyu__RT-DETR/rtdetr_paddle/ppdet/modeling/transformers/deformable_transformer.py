stub: upstream file of 20997 bytes
