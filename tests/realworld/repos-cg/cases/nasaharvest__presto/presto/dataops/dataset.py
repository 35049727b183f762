stub: upstream file of 19494 bytes
