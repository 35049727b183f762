stub: upstream file of 22640 bytes
