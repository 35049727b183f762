stub: upstream file of 19612 bytes
