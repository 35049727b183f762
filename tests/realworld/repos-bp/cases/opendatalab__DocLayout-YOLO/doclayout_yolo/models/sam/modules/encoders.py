stub: upstream file of 24749 bytes
