stub: upstream file of 15051 bytes
