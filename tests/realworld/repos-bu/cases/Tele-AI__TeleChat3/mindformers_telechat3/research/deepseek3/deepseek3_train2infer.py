stub: upstream file of 10051 bytes
