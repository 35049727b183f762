stub: upstream file of 100243 bytes
