stub: upstream file of 13612 bytes
