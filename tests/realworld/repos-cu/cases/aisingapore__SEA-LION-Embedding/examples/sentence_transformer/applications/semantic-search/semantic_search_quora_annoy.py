stub: upstream file of 6164 bytes
