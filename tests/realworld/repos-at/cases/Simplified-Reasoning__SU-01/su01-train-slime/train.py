stub: upstream file of 5538 bytes
