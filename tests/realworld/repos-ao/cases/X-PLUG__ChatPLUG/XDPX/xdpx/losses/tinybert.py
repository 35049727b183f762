stub: upstream file of 14676 bytes
