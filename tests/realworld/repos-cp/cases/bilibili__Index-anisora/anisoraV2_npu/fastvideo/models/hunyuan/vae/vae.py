stub: upstream file of 14051 bytes
