stub: upstream file of 15563 bytes
