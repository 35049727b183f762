stub: upstream file of 16387 bytes
