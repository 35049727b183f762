stub: upstream file of 12520 bytes
