stub: upstream file of 72736 bytes
