stub: upstream file of 24062 bytes
