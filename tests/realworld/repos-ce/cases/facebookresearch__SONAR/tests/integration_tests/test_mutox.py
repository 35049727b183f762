stub: upstream file of 4051 bytes
