stub: upstream file of 8023 bytes
