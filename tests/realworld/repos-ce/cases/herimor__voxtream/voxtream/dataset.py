stub: upstream file of 11245 bytes
