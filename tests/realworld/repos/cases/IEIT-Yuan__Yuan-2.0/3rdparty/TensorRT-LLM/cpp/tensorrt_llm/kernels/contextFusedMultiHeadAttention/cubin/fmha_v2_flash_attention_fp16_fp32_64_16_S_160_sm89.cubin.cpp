stub: upstream file of 458623 bytes
