stub: upstream file of 47749 bytes
