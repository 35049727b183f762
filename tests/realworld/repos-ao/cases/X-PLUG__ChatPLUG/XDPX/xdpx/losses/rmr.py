stub: upstream file of 9655 bytes
