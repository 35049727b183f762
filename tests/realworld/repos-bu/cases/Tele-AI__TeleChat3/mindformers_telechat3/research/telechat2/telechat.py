stub: upstream file of 26253 bytes
