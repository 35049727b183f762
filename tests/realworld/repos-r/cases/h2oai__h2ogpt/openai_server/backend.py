stub: upstream file of 32229 bytes
