stub: upstream file of 23051 bytes
