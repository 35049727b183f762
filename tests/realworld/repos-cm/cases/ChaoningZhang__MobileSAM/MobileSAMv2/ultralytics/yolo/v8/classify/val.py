stub: upstream file of 4676 bytes
