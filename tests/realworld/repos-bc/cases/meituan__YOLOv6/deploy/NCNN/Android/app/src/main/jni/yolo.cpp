stub: upstream file of 12676 bytes
