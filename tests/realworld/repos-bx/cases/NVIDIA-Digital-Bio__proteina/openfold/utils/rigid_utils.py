stub: upstream file of 46403 bytes
