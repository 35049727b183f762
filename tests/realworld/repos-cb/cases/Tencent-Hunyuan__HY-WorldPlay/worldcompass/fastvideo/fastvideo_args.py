stub: upstream file of 46612 bytes
