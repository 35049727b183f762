stub: upstream file of 19389 bytes
