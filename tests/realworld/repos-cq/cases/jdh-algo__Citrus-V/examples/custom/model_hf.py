stub: upstream file of 2486 bytes
