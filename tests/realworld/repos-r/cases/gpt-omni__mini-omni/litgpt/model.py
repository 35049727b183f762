stub: upstream file of 24028 bytes
