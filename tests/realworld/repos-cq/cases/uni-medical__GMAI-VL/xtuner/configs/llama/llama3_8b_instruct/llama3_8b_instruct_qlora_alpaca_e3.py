stub: upstream file of 7331 bytes
