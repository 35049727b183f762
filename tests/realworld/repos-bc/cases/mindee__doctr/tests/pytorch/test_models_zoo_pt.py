stub: upstream file of 29154 bytes
