stub: upstream file of 67823 bytes
