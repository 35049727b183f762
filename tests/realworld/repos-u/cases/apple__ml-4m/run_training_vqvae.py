stub: upstream file of 90389 bytes
