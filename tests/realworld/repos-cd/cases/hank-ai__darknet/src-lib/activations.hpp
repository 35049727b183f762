stub: upstream file of 6897 bytes
