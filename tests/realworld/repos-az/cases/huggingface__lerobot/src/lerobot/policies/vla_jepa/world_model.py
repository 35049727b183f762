stub: upstream file of 16713 bytes
