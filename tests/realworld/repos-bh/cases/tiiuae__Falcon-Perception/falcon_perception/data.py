stub: upstream file of 19598 bytes
