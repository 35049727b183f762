stub: upstream file of 57717 bytes
