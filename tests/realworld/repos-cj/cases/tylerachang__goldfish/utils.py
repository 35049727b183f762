stub: upstream file of 34896 bytes
