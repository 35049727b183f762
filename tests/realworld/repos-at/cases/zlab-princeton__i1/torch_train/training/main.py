stub: upstream file of 12205 bytes
