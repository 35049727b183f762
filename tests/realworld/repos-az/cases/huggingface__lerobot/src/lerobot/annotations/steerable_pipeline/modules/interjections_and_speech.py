stub: upstream file of 9301 bytes
