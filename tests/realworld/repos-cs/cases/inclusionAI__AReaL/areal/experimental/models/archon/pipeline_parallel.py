stub: upstream file of 19061 bytes
