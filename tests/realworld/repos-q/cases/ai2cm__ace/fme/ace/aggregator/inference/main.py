stub: upstream file of 41480 bytes
