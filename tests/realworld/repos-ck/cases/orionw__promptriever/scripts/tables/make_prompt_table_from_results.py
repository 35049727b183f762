stub: upstream file of 10638 bytes
