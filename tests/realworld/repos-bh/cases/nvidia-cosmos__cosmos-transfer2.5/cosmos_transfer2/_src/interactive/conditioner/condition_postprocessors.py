stub: upstream file of 15612 bytes
