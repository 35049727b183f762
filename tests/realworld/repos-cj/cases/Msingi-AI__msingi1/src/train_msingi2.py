stub: upstream file of 33137 bytes
