stub: upstream file of 9051 bytes
