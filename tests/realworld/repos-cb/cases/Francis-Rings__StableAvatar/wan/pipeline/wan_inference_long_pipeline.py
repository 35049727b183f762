stub: upstream file of 39612 bytes
