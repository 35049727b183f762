stub: upstream file of 14621 bytes
