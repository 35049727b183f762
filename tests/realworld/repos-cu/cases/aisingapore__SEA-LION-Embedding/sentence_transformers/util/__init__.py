stub: upstream file of 2555 bytes
