stub: upstream file of 19115 bytes
