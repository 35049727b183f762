stub: upstream file of 48543 bytes
