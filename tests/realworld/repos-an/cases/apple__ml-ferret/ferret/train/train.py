stub: upstream file of 61051 bytes
