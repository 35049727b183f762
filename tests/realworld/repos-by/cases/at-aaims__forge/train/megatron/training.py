stub: upstream file of 27561 bytes
