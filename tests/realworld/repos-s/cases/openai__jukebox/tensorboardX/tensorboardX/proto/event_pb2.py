stub: upstream file of 15288 bytes
