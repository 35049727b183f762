stub: upstream file of 24123 bytes
