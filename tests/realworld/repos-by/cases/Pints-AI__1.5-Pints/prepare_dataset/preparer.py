stub: upstream file of 20051 bytes
