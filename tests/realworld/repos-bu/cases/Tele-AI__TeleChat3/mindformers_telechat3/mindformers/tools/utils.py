stub: upstream file of 26164 bytes
