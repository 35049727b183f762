stub: upstream file of 13872 bytes
