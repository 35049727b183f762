stub: upstream file of 82886 bytes
