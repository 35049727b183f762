stub: upstream file of 62717 bytes
