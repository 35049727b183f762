stub: upstream file of 23939 bytes
