stub: upstream file of 57382 bytes
