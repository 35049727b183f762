stub: upstream file of 14638 bytes
