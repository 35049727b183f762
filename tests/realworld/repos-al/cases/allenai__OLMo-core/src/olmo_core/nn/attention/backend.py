stub: upstream file of 40423 bytes
