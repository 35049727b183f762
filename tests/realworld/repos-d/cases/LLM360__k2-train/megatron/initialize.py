stub: upstream file of 11939 bytes
