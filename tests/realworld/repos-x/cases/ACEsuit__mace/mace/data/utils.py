stub: upstream file of 22966 bytes
