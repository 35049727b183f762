stub: upstream file of 8749 bytes
