stub: upstream file of 19760 bytes
