stub: upstream file of 142117 bytes
