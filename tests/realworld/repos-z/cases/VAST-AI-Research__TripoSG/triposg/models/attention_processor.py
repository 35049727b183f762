stub: upstream file of 16051 bytes
