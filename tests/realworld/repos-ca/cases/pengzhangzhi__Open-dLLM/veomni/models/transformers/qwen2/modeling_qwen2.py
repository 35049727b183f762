stub: upstream file of 51061 bytes
