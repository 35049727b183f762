stub: upstream file of 66900 bytes
