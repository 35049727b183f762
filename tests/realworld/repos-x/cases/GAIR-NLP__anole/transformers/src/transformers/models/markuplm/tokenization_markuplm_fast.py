stub: upstream file of 42939 bytes
