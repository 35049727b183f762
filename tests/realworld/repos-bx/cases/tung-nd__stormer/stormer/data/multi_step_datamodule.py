stub: upstream file of 5337 bytes
