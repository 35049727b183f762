stub: upstream file of 15071 bytes
