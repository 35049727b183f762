stub: upstream file of 19517 bytes
