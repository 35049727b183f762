stub: upstream file of 13104 bytes
