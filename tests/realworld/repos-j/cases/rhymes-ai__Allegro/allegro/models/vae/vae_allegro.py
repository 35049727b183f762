stub: upstream file of 25061 bytes
