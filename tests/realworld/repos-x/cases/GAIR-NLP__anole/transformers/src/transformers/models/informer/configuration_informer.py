stub: upstream file of 12412 bytes
