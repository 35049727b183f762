stub: upstream file of 4026 bytes
