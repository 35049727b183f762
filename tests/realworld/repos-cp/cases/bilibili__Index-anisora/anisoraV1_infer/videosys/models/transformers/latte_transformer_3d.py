stub: upstream file of 69519 bytes
