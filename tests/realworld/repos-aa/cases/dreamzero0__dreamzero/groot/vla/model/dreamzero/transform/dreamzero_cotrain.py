stub: upstream file of 29638 bytes
