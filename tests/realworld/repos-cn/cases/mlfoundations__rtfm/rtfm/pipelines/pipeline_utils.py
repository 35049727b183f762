stub: upstream file of 3077 bytes
