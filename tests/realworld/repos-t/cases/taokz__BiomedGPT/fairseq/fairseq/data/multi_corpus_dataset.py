stub: upstream file of 8828 bytes
