stub: upstream file of 3051 bytes
