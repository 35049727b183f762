stub: upstream file of 41051 bytes
