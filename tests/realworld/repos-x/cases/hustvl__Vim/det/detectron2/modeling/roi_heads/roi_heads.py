stub: upstream file of 37701 bytes
