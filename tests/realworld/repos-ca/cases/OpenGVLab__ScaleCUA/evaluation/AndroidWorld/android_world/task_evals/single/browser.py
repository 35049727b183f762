stub: upstream file of 18024 bytes
