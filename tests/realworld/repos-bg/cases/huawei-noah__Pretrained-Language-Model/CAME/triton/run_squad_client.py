stub: upstream file of 13654 bytes
