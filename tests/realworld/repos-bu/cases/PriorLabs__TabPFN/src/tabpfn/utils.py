stub: upstream file of 22013 bytes
